import type { BoardRecord } from './schema';

/** Words that name a board or its like; a name without any of them names only the body around it. */
const boardWords = /\b(board|commission|committee|council|examiners|college)\b/i;
/** "Boards and Commissions Division" is a department that hosts many boards, not a board. */
const hostOfBoards = /\bboards and commissions\b/gi;

/**
 * True when the record names a department or agency where a person needs the
 * board (e.g. "Connecticut Department of Public Health", "Maine Regulatory
 * Licensing and Permitting"). The UI then says plainly that the board itself
 * could not be confirmed, instead of passing the department off as the board.
 */
export function namesOnlyDepartment(record: BoardRecord): boolean {
  const name = record.board;
  return name !== undefined && !boardWords.test(name.replace(hostOfBoards, ''));
}
