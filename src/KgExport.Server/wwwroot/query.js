// The query page: YASGUI when it was installed at build time, else the small fallback editor. Either way the
// README's example queries are in the "Example" menu; /?example=N&run=1 opens example N and runs it.
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

  const chosen = examples[Number(params.get("example") ?? "0")] ?? examples[0];
  if (chosen) {
    select.value = String(examples.indexOf(chosen));
    editor.set(chosen.query);
    if (params.has("run")) editor.run();
  }
})();
