// A small SPARQL editor for when YASGUI is not installed: a textarea over a highlighted copy of its text, a Run
// button, and the results as a table.
window.KgFallbackEditor = function (host, endpoint) {
  "use strict";
  const keywords = /^(SELECT|CONSTRUCT|DESCRIBE|ASK|WHERE|FILTER|OPTIONAL|UNION|MINUS|GRAPH|SERVICE|BIND|VALUES|PREFIX|BASE|FROM|NAMED|ORDER|BY|GROUP|HAVING|LIMIT|OFFSET|DISTINCT|REDUCED|AS|ASC|DESC|NOT|EXISTS|IN|COUNT|SUM|MIN|MAX|AVG|SAMPLE|STR|LANG|REGEX|a)$/i;
  const token = /(#[^\n]*)|("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')|(<[^<>\s"]*>)|([?$][A-Za-z0-9_]+)|([A-Za-z_][A-Za-z0-9_-]*)/g;
  const escape = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

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

  function cell(term) {
    if (!term) return "";
    if (term.type === "uri") return `<a href="${escape(term.value)}">${escape(term.value)}</a>`;
    return escape(term.value) + (term["xml:lang"] ? ` <small>@${escape(term["xml:lang"])}</small>` : "");
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
      output.innerHTML = `<p class="kg-error">${response.status}: ${escape(text)}</p>`;
      return;
    }
    if (!(response.headers.get("Content-Type") || "").includes("json")) {
      output.innerHTML = `<pre>${escape(text)}</pre>`;
      return;
    }
    const json = JSON.parse(text);
    if ("boolean" in json) {
      output.innerHTML = `<p>${json.boolean}</p>`;
      return;
    }
    const vars = json.head.vars;
    const head = vars.map((v) => `<th>${escape(v)}</th>`).join("");
    const rows = json.results.bindings.map((b) => "<tr>" + vars.map((v) => `<td>${cell(b[v])}</td>`).join("") + "</tr>").join("");
    output.innerHTML = `<p>${json.results.bindings.length} rows</p><table class="kg-results"><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
  }

  host.querySelector(".kg-run").addEventListener("click", run);
  return {
    set: (query) => { textarea.value = query; pre.innerHTML = highlight(query); },
    run: run,
  };
};
