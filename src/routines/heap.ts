/** A binary min-heap of due times: the engine keeps one timer, for the top. */
export interface Due {
  due: number;
  id: string;
  index: number;
  gen: number;
}

export class DueHeap {
  readonly #a: Due[] = [];

  get size(): number {
    return this.#a.length;
  }

  peek(): Due | undefined {
    return this.#a[0];
  }

  push(x: Due): void {
    const a = this.#a;
    a.push(x);
    let i = a.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if ((a[p] as Due).due <= x.due) break;
      a[i] = a[p] as Due;
      i = p;
    }
    a[i] = x;
  }

  pop(): Due | undefined {
    const a = this.#a;
    const top = a[0];
    const last = a.pop();
    if (a.length > 0 && last) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        let mv = last.due;
        if (l < a.length && (a[l] as Due).due < mv) {
          m = l;
          mv = (a[l] as Due).due;
        }
        if (r < a.length && (a[r] as Due).due < mv) m = r;
        if (m === i) break;
        a[i] = a[m] as Due;
        i = m;
      }
      a[i] = last;
    }
    return top;
  }
}
