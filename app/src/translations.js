// The page's translations for the WASM, in the page's language only. The JS glue imports this module,
// and a module that awaits at its top holds back the modules importing it, so the WASM starts with the
// words already here. The server names the file in a preload link in the page's head, so the fetch is
// under way before this runs. If it fails, the page stays as the server rendered it: forms still post.
const link = document.querySelector('link[rel="preload"][href^="/translations/"]');
const response = await fetch(link.href);
if (!response.ok) {
  throw new Error(`the page's translations answered ${response.status}`);
}
const text = await response.text();

export function page_translations() {
  return text;
}
