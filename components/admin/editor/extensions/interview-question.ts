import { Node, mergeAttributes } from "@tiptap/react";

export const InterviewQuestion = Node.create({
  name: "interviewQuestion",
  group: "block",
  content: "inline*",
  defining: true,

  parseHTML() {
    return [
      {
        tag: "p.qa-question",
        // Above paragraph's plain "p" rule.
        priority: 60,
        // Published questions wrap the text in <strong>; the block already says "question".
        contentElement: (el) => (el as HTMLElement).querySelector<HTMLElement>(":scope > strong:only-child") ?? (el as HTMLElement),
      },
    ];
  },

  renderHTML({ HTMLAttributes }) {
    return ["p", mergeAttributes(HTMLAttributes, { class: "qa-question", "data-type": "interview-question" }), 0];
  },
});
