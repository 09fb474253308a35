// The query page: YASGUI when it was installed at build time, else the small fallback editor. Either way the
// README's example queries are in the "Example" menu; /?example=N&run=1 opens example N and runs it, and a shared
// link /?query=... opens (and runs) its query.
(async function () {
  "use strict";
  const endpoint = new URL("sparql", document.baseURI).href;
  const params = new URLSearchParams(location.search);
  const host = document.getElementById("yasgui");
  const select = document.getElementById("examples");

  let examples = [];
  try {
    examples = await (await fetch("examples.json")).json();
  } catch (e) {
    examples = [];
  }
  examples.forEach((example, i) => {
    const option = document.createElement("option");
    option.value = String(i);
    option.textContent = example.name;
    select.appendChild(option);
  });

  // Result IRIs minted by this export name pages this server has: a link to one goes to /id/..., not to the
  // persistent IRI's own host, whatever editor drew it (YASGUI's table or the fallback's).
  try {
    const ui = await (await fetch("ui-settings.json")).json();
    const toLocal = (event) => {
      const link = event.target.closest && event.target.closest("a[href]");
      if (link && link.href.startsWith(ui.mintedNamespace)) {
        link.href = new URL(ui.idPath.replace(/^\//, "") + link.href.slice(ui.mintedNamespace.length), document.baseURI).href;
      }
    };
    for (const type of ["mousedown", "click", "auxclick", "focusin"]) document.addEventListener(type, toLocal, true);
  } catch (e) {
    // Without the settings, links keep their persistent IRIs.
  }

  let editor;
  if (window.Yasgui && params.get("editor") !== "basic") {
    const yasgui = new window.Yasgui(host, {
      requestConfig: { endpoint: endpoint, method: "POST" },
      copyEndpointOnNewTab: false,
      persistenceId: null,
    });
    editor = {
      set: (query) => yasgui.getTab().setQuery(query),
      run: () => yasgui.getTab().query(),
    };
  } else {
    editor = window.KgFallbackEditor(host, endpoint);
  }

  select.addEventListener("change", () => {
    const example = examples[Number(select.value)];
    if (example) editor.set(example.query);
  });

  // A shared link (YASGUI's "share" gives /?query=...) opens its own query, never an example over it.
  if (params.has("query")) {
    select.value = "";
    editor.set(params.get("query"));
    if (!window.Yasgui || params.get("editor") === "basic" || params.has("run")) editor.run();
    return;
  }
  const chosen = examples[Number(params.get("example") ?? "0")] ?? examples[0];
  if (chosen) {
    select.value = String(examples.indexOf(chosen));
    editor.set(chosen.query);
    if (params.has("run")) editor.run();
  }
})();
