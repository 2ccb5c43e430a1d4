import type { Locator, Page } from 'playwright-core';

/** The Organisations or People screen: grid, search, panel and the register's forms. */
export class RegisterPage {
  constructor(
    readonly page: Page,
    readonly name: 'organisations' | 'people',
  ) {}

  get navLink(): Locator {
    return this.page.getByTestId(`nav-${this.name}`);
  }

  get grid(): Locator {
    return this.page.getByTestId(`${this.name}-grid`);
  }

  get search(): Locator {
    return this.page.getByTestId(`${this.name}-search`);
  }

  cell(index: number, colId: string): Locator {
    return this.grid.locator(`.ag-row[row-index="${index}"] [col-id="${colId}"]`).first();
  }

  async waitForRows(firstColumn: string): Promise<void> {
    await this.page.waitForFunction((sel) => {
      const c = document.querySelector(sel);
      return !!c && (c.textContent ?? '').trim().length > 0;
    }, `[data-testid="${this.name}-grid"] .ag-row[row-index="0"] [col-id="${firstColumn}"]`);
  }

  /** Searches for `text` and opens the first row it finds. */
  async open(text: string, firstColumn: string): Promise<void> {
    await this.search.fill(text);
    await this.page.waitForFunction(
      ([sel, want]) => (document.querySelector(sel!)?.textContent ?? '').trim() === want,
      [`[data-testid="${this.name}-grid"] .ag-row[row-index="0"] [col-id="${firstColumn}"]`, text] as const,
    );
    await this.cell(0, firstColumn).click();
  }

  get count(): Locator {
    return this.page.getByTestId(`${this.name}-count`);
  }

  choiceFilter(colId: string): Locator {
    return this.grid.locator(`.ag-floating-filter[col-id="${colId}"] select`).first();
  }

  field(testId: string): Locator {
    return this.page.getByTestId(testId);
  }
}
