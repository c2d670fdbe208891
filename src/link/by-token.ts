/** Lists by token index, for rules that look up every token of a span or clause. */

/** A plain array underneath: a lookup is an index, where a Map hashes the number. */
export class ByToken<T> {
  private readonly rows: (T[] | undefined)[];

  /** size: one more than the largest index (allocated at once, so the array stays a fast one). */
  constructor(size: number) {
    this.rows = new Array(size);
  }

  get(i: number): T[] | undefined {
    return this.rows[i];
  }

  push(i: number, value: T): void {
    const list = this.rows[i];
    if (list) list.push(value);
    else this.rows[i] = [value];
  }

  /** Sorts each list of more than one value in place. */
  sortLists(compare: (x: T, y: T) => number): void {
    for (let i = 0; i < this.rows.length; i++) {
      const list = this.rows[i];
      if (list && list.length > 1) list.sort(compare);
    }
  }
}
