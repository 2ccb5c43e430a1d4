import type { Locator, Page } from 'playwright-core';

/** The Reconciliation screen: the grid of grants' balances and one grant's discrepancies. */
export class ReconciliationPage {
  constructor(readonly page: Page) {}

  get navLink(): Locator {
    return this.page.getByTestId('nav-reconciliation');
  }

  get grid(): Locator {
    return this.page.getByTestId('reconciliation-grid');
  }

  floatingFilter(colId: string): Locator {
    return this.grid.locator(`.ag-floating-filter[col-id="${colId}"] input, .ag-header-cell.ag-floating-filter[col-id="${colId}"] input`).first();
  }

  cell(index: number, colId: string): Locator {
    return this.grid.locator(`.ag-row[row-index="${index}"] [col-id="${colId}"]`).first();
  }

  async cellText(index: number, colId: string): Promise<string> {
    return ((await this.cell(index, colId).textContent()) ?? '').trim();
  }

  /** The quick search (ServerGrid's). */
  get search(): Locator {
    return this.page.getByTestId('reconciliation-search');
  }

  /** "123 grants": how many match the search and filters. */
  get count(): Locator {
    return this.page.getByTestId('reconciliation-count');
  }

  get detail(): Locator {
    return this.page.getByTestId('reconciliation-detail');
  }

  /** The open grant's link to the Grants screen. */
  get openGrant(): Locator {
    return this.detail.getByTestId('open-grant');
  }

  total(id: 'amount' | 'scheduled' | 'disbursed' | 'awaiting' | 'received' | 'inTransit' | 'outstanding'): Locator {
    return this.detail.getByTestId(`reconciliation-total-${id}`).locator('.total-value');
  }
}
