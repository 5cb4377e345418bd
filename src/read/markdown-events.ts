import { EditMap } from 'micromark-util-edit-map';

/**
 * micromark applies each batch of edits to its event list by copying the
 * whole list, and it makes a batch every time a container closes (each list
 * item that ends a nested list, each blockquote left): a list of 2,000 items
 * with one sub-item each (38 KB) took 4.6 s, four times the items sixteen
 * times the time. The same edits applied from the first edited index on
 * leave the events before it where they are, which is where almost all of
 * them are: the cost follows the edit, not the document.
 */

type Change = EditMap['map'][number];
type Event = Change[2][number];

let patched = false;

export function linearEventEdits(): void {
  if (patched) return;
  EditMap.prototype.consume = function consume(this: EditMap, events: Event[]): undefined {
    this.map.sort((a: Change, b: Change) => a[0] - b[0]);
    if (this.map.length === 0) return;
    const first = this.map[0][0];
    const rebuilt: Event[] = [];
    let at = first;
    for (const [index, remove, add] of this.map) {
      for (let i = at; i < index; i++) rebuilt.push(events[i]);
      for (const event of add) rebuilt.push(event);
      at = Math.max(at, index + remove);
    }
    for (let i = at; i < events.length; i++) rebuilt.push(events[i]);
    events.length = first;
    for (const event of rebuilt) events.push(event);
    this.map.length = 0;
    this.index.clear();
  };
  patched = true;
}
