import type { Locator, Page } from 'playwright-core';

/** The Grants screen as a user sees it: the grid, its headers and filters, and the detail panel. */
export class GrantsPage {
  constructor(readonly page: Page) {}

  get grid(): Locator {
    return this.page.getByTestId('grants-grid');
  }

  row(index: number): Locator {
    return this.grid.locator(`.ag-center-cols-container .ag-row[row-index="${index}"]`);
  }

  cell(index: number, colId: string): Locator {
    return this.grid.locator(`.ag-row[row-index="${index}"] [col-id="${colId}"]`).first();
  }

  async waitForRows(): Promise<void> {
    await this.cell(0, 'reference').waitFor();
    await this.page.waitForFunction(() => {
      const c = document.querySelector('.ag-row[row-index="0"] [col-id="reference"]');
      return !!c && (c.textContent ?? '').trim().length > 0;
    });
  }

  /** Texts of one column in the rendered rows, top to bottom. */
  async columnTexts(colId: string): Promise<string[]> {
    return this.page.evaluate((id) => {
      // A row is split across the pinned and centre containers; find the cell wherever it is.
      const byRow = new Map<number, string>();
      for (const cell of document.querySelectorAll<HTMLElement>(`.ag-row [col-id="${id}"]`)) {
        const row = cell.closest('.ag-row');
        const text = (cell.textContent ?? '').trim();
        if (row && text) byRow.set(Number(row.getAttribute('row-index')), text);
      }
      return [...byRow.entries()].sort((a, b) => a[0] - b[0]).map(([, t]) => t);
    }, colId);
  }

  /** The visible header text of a column. */
  async headerText(colId: string): Promise<string> {
    return ((await this.grid.locator(`.ag-header-cell[col-id="${colId}"] .ag-header-cell-text`).textContent()) ?? '').trim();
  }

  async clickHeader(colId: string): Promise<void> {
    await this.grid.locator(`.ag-header-cell[col-id="${colId}"] .ag-header-cell-label`).click();
  }

  floatingFilter(colId: string): Locator {
    return this.grid.locator(`.ag-floating-filter[col-id="${colId}"] input, .ag-header-cell.ag-floating-filter[col-id="${colId}"] input`).first();
  }

  get detail(): Locator {
    return this.page.getByTestId('grant-detail');
  }

  /** The open grant's reference, in the panel's heading. */
  get detailReference(): Locator {
    return this.detail.getByTestId('grant-detail-reference');
  }
}
