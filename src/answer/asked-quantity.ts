// Questions that ask for a quantity, and whether the top records state one: a signal of the answer decision.
import type { ClauseRecord } from '../corpus/types.js';

/** Questions whose answer is a quantity: how many, how long, how often, a minimum or maximum. */
const ASKS_QUANTITY = /多少|几[个年天次项名份位周月]|最低|最高|最大|最小|how (?:many|much|often|long)/i;
/** A quantity as the texts write one: a number (Arabic or Chinese) with a unit or counter, or a percentage. */
const QUANTITY = /(?<![0-9０-９一二两三四五六七八九十百千万])[0-9０-９一二两三四五六七八九十百千万]+\s*(?:个|名|次|年|天|项|份|位|周|月|小时|倍|%|％)|百分之/;

/** True when the question asks for a quantity and none of the top records states one. */
export function lacksAskedQuantity(question: string, top: ClauseRecord[]): boolean {
  return ASKS_QUANTITY.test(question) && !top.some((r) => QUANTITY.test(r.text));
}
