import {
  BookOpen,
  Eye,
  type IconNode,
  LifeBuoy,
  MessageCircle,
  NotebookPen,
  Signpost,
} from 'lucide';

export type Part = 'learn' | 'reflect' | 'notice' | 'decide' | 'prepare' | 'happened';

/** One picture per part of Terrarium, the same wherever the part is offered. */
export const partIcons: Record<Part, IconNode> = {
  learn: BookOpen,
  reflect: NotebookPen,
  notice: Eye,
  decide: Signpost,
  prepare: MessageCircle,
  happened: LifeBuoy,
};
