import type { Extensions } from "@tiptap/react";
import { Blockquote } from "./blockquote";
import { Embed } from "./embed";
import { Image } from "./image";
import { InterviewAnswer } from "./interview-answer";
import { InterviewQuestion } from "./interview-question";
import { MarqueeLink } from "./link";
import { ListItem } from "./list-item";
import { EditorPlaceholder } from "./placeholder";
import { PullQuote } from "./pull-quote";
import { MarqueeStarterKit } from "./starter-kit";

/** The body editor's schema: exactly the nodes and marks of lib/content/document.ts. */
export function createEditorExtensions(): Extensions {
  return [MarqueeStarterKit, MarqueeLink, Blockquote, ListItem, PullQuote, Image, Embed, InterviewQuestion, InterviewAnswer, EditorPlaceholder];
}
