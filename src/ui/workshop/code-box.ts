// A code box that points at the group of five a refused code got wrong: the group is selected, so the trainer
// retypes five characters, not the code.
import { groupSpan } from '../../workshop/groups';

export function selectGroup(box: HTMLInputElement | HTMLTextAreaElement, group: number): void {
  const span = groupSpan(box.value, group);
  if (!span) return;
  box.focus();
  box.setSelectionRange(span[0], span[1]);
}
