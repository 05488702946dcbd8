// The budgets a benchmark run checks: each passes, fails or is not checked (with the reason).
import { table } from './stats.ts';

export interface Budget {
  name: string;
  status: 'pass' | 'FAIL' | 'not checked';
  detail: string;
}

export interface Budgets {
  list: Budget[];
  check(name: string, ok: boolean, detail: string): void;
  skip(name: string, why: string): void;
  failed(): Budget[];
  print(): string;
}

export function createBudgets(): Budgets {
  const list: Budget[] = [];
  return {
    list,
    check(name, ok, detail) {
      list.push({ name, status: ok ? 'pass' : 'FAIL', detail });
    },
    skip(name, why) {
      list.push({ name, status: 'not checked', detail: why });
    },
    failed: () => list.filter((b) => b.status === 'FAIL'),
    print: () => table(['budget', 'result', 'measured'], list.map((b) => [b.name, b.status, b.detail])),
  };
}
