import browser from '../shared/browser';

/** A URL the downloads API can fetch for `blob`: a blob URL where the context has one, else a data URL. */
async function downloadUrl(blob: Blob): Promise<{ url: string; release: () => void }> {
  // A Chromium service worker has no URL.createObjectURL; Firefox's event page does.
  if (typeof URL.createObjectURL === 'function') {
    const url = URL.createObjectURL(blob);
    return { url, release: () => setTimeout(() => URL.revokeObjectURL(url), 60_000) };
  }
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return { url: `data:${blob.type};base64,${btoa(binary)}`, release: () => {} };
}

/** Saves `blob` to the user's downloads folder as `fileName`, without asking where. */
export async function downloadFile(fileName: string, blob: Blob): Promise<void> {
  const { url, release } = await downloadUrl(blob);
  try {
    await browser.downloads.download({ url, filename: fileName, saveAs: false, conflictAction: 'uniquify' });
  } finally {
    release();
  }
}
