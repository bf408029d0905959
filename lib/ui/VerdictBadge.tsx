import type { Verdict } from '../catalogue/types.ts';
import { verdictLabel } from './labels.ts';

/** The verdict in words, as a badge: "MYTH  Oversimplified", read as "Myth verdict: Oversimplified" (the kicker can be left out). */
export function VerdictBadge({ verdict, kicker = true }: { verdict: Verdict; kicker?: boolean }) {
  return (
    <p class="el-verdict" data-verdict={verdict}>
      {kicker && <span class="el-verdict__kicker">Myth</span>}{' '}
      <span class="el-verdict__label">
        <span class="el-visually-hidden">verdict: </span>
        {verdictLabel(verdict)}
      </span>
    </p>
  );
}
