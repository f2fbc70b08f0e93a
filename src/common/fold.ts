// One folding function for every place that compares Vietnamese text typed by people:
// slugs, decision numbers and (later) search. "đ" has no Unicode decomposition, so it is mapped by hand.
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase().trim();
}

/** "1486/QĐ-TTg", "1486/qd-ttg " and "1486 / QD - TTg" all fold to "1486/qd-ttg". */
export function foldDecisionNumber(number: string): string {
  return fold(number).replace(/\s+/g, '');
}
