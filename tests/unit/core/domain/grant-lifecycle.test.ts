import { describe, expect, it } from 'vitest';
import { canTransition, GRANT_TRANSITIONS, type GrantStatus } from '../../../../core/domain/grant-lifecycle';

const ALL = Object.keys(GRANT_TRANSITIONS) as GrantStatus[];

describe('grant lifecycle', () => {
  it('allows exactly the listed transitions', () => {
    const allowed = ALL.flatMap((from) => ALL.filter((to) => canTransition(from, to)).map((to) => `${from}->${to}`));
    expect(allowed.sort()).toEqual(
      ['draft->approved', 'draft->cancelled', 'approved->active', 'approved->cancelled', 'active->closed', 'active->suspended', 'suspended->active', 'suspended->cancelled'].sort(),
    );
  });

  it('never returns to draft, and closed and cancelled are final', () => {
    for (const from of ALL) expect(canTransition(from, 'draft')).toBe(false);
    expect(GRANT_TRANSITIONS.closed).toEqual([]);
    expect(GRANT_TRANSITIONS.cancelled).toEqual([]);
  });
});
