/**
 * Saving text as a file the person downloads, made in the page: nothing is sent
 * anywhere. Used by the plan's backup and the letter builder's text and calendar files.
 */

/** Starts a download of `text` named `name`; the temporary link and URL are cleaned up. */
export function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    // Some browsers read the URL after click() returns: revoke it later, not now.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}
