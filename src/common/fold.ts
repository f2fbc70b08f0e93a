// One folding function for every place that compares Vietnamese text typed by people:
// slugs, decision numbers and (later) search. "đ" has no Unicode decomposition, so it is mapped by hand.
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase().trim();
}

/** "Trà Lĩnh" -> "tra-linh", "Đồng Đăng" -> "dong-dang". */
export function slugify(text: string): string {
  return fold(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** "1486/QĐ-TTg", "1486/qd-ttg " and "1486 / QD - TTg" all fold to "1486/qd-ttg". */
export function foldDecisionNumber(number: string): string {
  return fold(number).replace(/\s+/g, '');
}
