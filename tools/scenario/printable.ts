// What the command line prints comes partly from the files it reads: a control character in a scenario (a terminal
// escape that clears the screen or recolours it) is shown as its Unicode control picture (ESC as ␛), one character
// for one, so the code frame's underline still lines up. Line breaks and tabs stay as they are.
export function printable(text: string): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, (c) => {
    const code = c.charCodeAt(0);
    return code < 0x20 ? String.fromCharCode(0x2400 + code) : code === 0x7f ? '\u2421' : '\ufffd';
  });
}
