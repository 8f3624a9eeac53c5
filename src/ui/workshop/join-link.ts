// The link a team's device opens to join a workshop: the short session code, and the team names the code leaves out.
/** A link like …#join=BTN2S-…&teams=Red|Blue opens the join screen with the code filled in and the teams' names. */
export function joinCodeFromLink(): string {
  const m = /[#&]join=([^&]+)/.exec(location.hash);
  return m ? safeDecode(m[1]) : '';
}
export function teamNamesFromLink(): string[] | undefined {
  const m = /[#&]teams=([^&]+)/.exec(location.hash);
  return m ? m[1].split('|').map(safeDecode) : undefined;
}
function safeDecode(text: string): string {
  try { return decodeURIComponent(text); } catch { return text; }
}

/** The link a team opens to join: the short code, and the names the code leaves out. */
export function joinLink(code: string, teams: readonly string[]): string {
  return `${location.origin}${location.pathname}#join=${code}&teams=${teams.map(encodeURIComponent).join('|')}`;
}

/** What a scanned or pasted text holds: a join link (code and names) or a bare code. */
export function parseJoinText(text: string): { code: string; names?: string[] } {
  const code = /[#&]join=([^&\s]+)/.exec(text);
  if (!code) return { code: text.trim() };
  const names = /[#&]teams=([^&\s]+)/.exec(text);
  return { code: safeDecode(code[1]), ...(names ? { names: names[1].split('|').map(safeDecode) } : {}) };
}
