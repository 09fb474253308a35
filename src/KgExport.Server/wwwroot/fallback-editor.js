// A small SPARQL editor for when YASGUI is not installed: a textarea over a highlighted copy of its text, a Run
// button, and the results as a table.
window.KgFallbackEditor = function (host, endpoint) {
  "use strict";
  const keywords = /^(SELECT|CONSTRUCT|DESCRIBE|ASK|WHERE|FILTER|OPTIONAL|UNION|MINUS|GRAPH|SERVICE|BIND|VALUES|PREFIX|BASE|FROM|NAMED|ORDER|BY|GROUP|HAVING|LIMIT|OFFSET|DISTINCT|REDUCED|AS|ASC|DESC|NOT|EXISTS|IN|COUNT|SUM|MIN|MAX|AVG|SAMPLE|STR|LANG|REGEX|a)$/i;
  const token = /(#[^\n]*)|("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')|(<[^<>\s"]*>)|([?$][A-Za-z0-9_]+)|([A-Za-z_][A-Za-z0-9_-]*)/g;
  const escape = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");

  function highlight(text) {
    let out = "";
    let last = 0;
    text.replace(token, (match, comment, string, iri, variable, word, offset) => {
      out += escape(text.slice(last, offset));
      last = offset + match.length;
      const css = comment ? "kg-cmt" : string ? "kg-str" : iri ? "kg-iri" : variable ? "kg-var" : keywords.test(word) ? "kg-kw" : null;
      out += css ? `<span class="${css}">${escape(match)}</span>` : escape(match);
      return match;
    });
    return out + escape(text.slice(last)) + "\n";
  }

  host.innerHTML = '<div class="kg-editor"><pre aria-hidden="true"></pre><textarea spellcheck="false" aria-label="SPARQL query"></textarea></div>' +
    '<button class="kg-run" type="button">Run</button><div class="kg-output"></div>';
  const textarea = host.querySelector("textarea");
  const pre = host.querySelector("pre");
  const output = host.querySelector(".kg-output");
  textarea.addEventListener("input", () => { pre.innerHTML = highlight(textarea.value); });

  // Results are built as DOM nodes with textContent, never as HTML text: a value can hold any character. Only
  // http(s) IRIs become links; any other scheme (javascript:, data:, ...) is shown as text.
  function element(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined) node.textContent = text;
    if (className) node.className = className;
    return node;
  }

  function isWebLink(value) {
    try {
      const url = new URL(value);
      return url.protocol === "http:" || url.protocol === "https:";
    } catch (e) {
      return false;
    }
  }

  function cell(term) {
    const td = element("td");
    if (!term) return td;
    if (term.type === "uri" && isWebLink(term.value)) {
      const link = element("a", term.value);
      link.href = term.value;
      link.rel = "noopener noreferrer";
      td.appendChild(link);
      return td;
    }
    td.textContent = term.value;
    if (term["xml:lang"]) {
      td.append(" ");
      td.appendChild(element("small", "@" + term["xml:lang"]));
    }
    return td;
  }

  function show(...nodes) {
    output.replaceChildren(...nodes);
  }

  async function run() {
    output.textContent = "running…";
    const response = await fetch(endpoint, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", "Accept": "application/sparql-results+json, text/turtle;q=0.9" },
      body: new URLSearchParams({ query: textarea.value }),
    });
    const text = await response.text();
    if (!response.ok) {
      show(element("p", `${response.status}: ${text}`, "kg-error"));
      return;
    }
    if (!(response.headers.get("Content-Type") || "").includes("json")) {
      show(element("pre", text));
      return;
    }
    const json = JSON.parse(text);
    if ("boolean" in json) {
      show(element("p", String(json.boolean === true)));
      return;
    }
    const vars = json.head.vars;
    const table = element("table", undefined, "kg-results");
    const headRow = table.createTHead().insertRow();
    vars.forEach((v) => headRow.appendChild(element("th", v)));
    const body = table.createTBody();
    json.results.bindings.forEach((b) => {
      const row = body.insertRow();
      vars.forEach((v) => row.appendChild(cell(b[v])));
    });
    show(element("p", `${json.results.bindings.length} rows`), table);
  }

  host.querySelector(".kg-run").addEventListener("click", run);
  return {
    set: (query) => { textarea.value = query; pre.innerHTML = highlight(query); },
    run: run,
  };
};
