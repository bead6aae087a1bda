import { Node, ReactNodeViewRenderer } from "@tiptap/react";
import { InterviewAnswerView } from "./interview-answer-view";

function speakerFrom(el: HTMLElement): string {
  const label = el.querySelector(".qa-speaker")?.textContent ?? "";
  return el.getAttribute("data-speaker") ?? label.replace(/:\s*$/, "").trim();
}

// The speaker label is an attribute, not part of the answer's text; nor is
// the space after it (clipboard HTML is parsed with whitespace preserved).
function answerText(el: HTMLElement | string): HTMLElement {
  const copy = (el as HTMLElement).cloneNode(true) as HTMLElement;
  copy.querySelector(".qa-speaker")?.remove();
  const first = copy.firstChild;
  if (first?.nodeType === 3) first.textContent = (first.textContent ?? "").replace(/^\s+/, "");
  return copy;
}

export const InterviewAnswer = Node.create({
  name: "interviewAnswer",
  group: "block",
  content: "inline*",
  defining: true,

  addAttributes() {
    return { speaker: { default: "", rendered: false, parseHTML: speakerFrom } };
  },

  parseHTML() {
    return [
      {
        tag: "p.qa-answer",
        priority: 60,
        contentElement: answerText,
      },
    ];
  },

  renderHTML({ node }) {
    const speaker = String(node.attrs.speaker ?? "");
    return [
      "p",
      { class: "qa-answer", "data-type": "interview-answer", "data-speaker": speaker },
      ["strong", { class: "qa-speaker" }, `${speaker}:`],
      " ",
      ["span", {}, 0],
    ];
  },

  addNodeView() {
    return ReactNodeViewRenderer(InterviewAnswerView);
  },
});
