/**
 * The articles the user ticked in the list, by id. Ticks survive re-rendering (search, paging) but
 * only ids still shown count, so an action never reaches an article the user can no longer see.
 */
export class Selection {
  private readonly ids = new Set<string>();
  private shown: string[] = [];

  constructor(private readonly onChange: () => void) {}

  /** The ids now in the list, in order; ticks on ids no longer shown are dropped. */
  setShown(ids: string[]): void {
    this.shown = ids;
    const visible = new Set(ids);
    for (const id of this.ids) if (!visible.has(id)) this.ids.delete(id);
    this.onChange();
  }

  has(id: string): boolean {
    return this.ids.has(id);
  }

  toggle(id: string, on: boolean): void {
    if (on) this.ids.add(id);
    else this.ids.delete(id);
    this.onChange();
  }

  /** Ticks every shown article, or unticks them all when all are ticked already. */
  toggleAllShown(): void {
    const all = this.shown.length > 0 && this.shown.every((id) => this.ids.has(id));
    this.ids.clear();
    if (!all) for (const id of this.shown) this.ids.add(id);
    this.onChange();
  }

  clear(): void {
    this.ids.clear();
    this.onChange();
  }

  /** The ticked ids in list order. */
  get chosen(): string[] {
    return this.shown.filter((id) => this.ids.has(id));
  }

  get allShown(): boolean {
    return this.shown.length > 0 && this.shown.every((id) => this.ids.has(id));
  }
}
