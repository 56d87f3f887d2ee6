/** Hands the browser a text file to save under `name`; nothing leaves the machine. */
export function saveTextFile(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has taken its copy once the click is handled; the next task may let the blob go.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
