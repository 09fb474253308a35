"""Real SPARQL clients against a running kgexport serve, as a user runs them (Debian's SPARQLWrapper and rdflib,
with their defaults). Usage: python_clients.py BASE_URL USER PASSWORD. Prints one 'ok ...' line per check and exits
non-zero at the first failure."""
import sys

import rdflib
from rdflib.plugins.stores.sparqlstore import SPARQLUpdateStore
from SPARQLWrapper import SPARQLWrapper

base, user, password = sys.argv[1], sys.argv[2], sys.argv[3]
ex = rdflib.Namespace("http://example.org/")

# SPARQLWrapper's default: SELECT results as XML, parsed by expat, which trusts the XML declaration.
wrapper = SPARQLWrapper(base + "/sparql")
wrapper.setQuery("SELECT ?label WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?label } ORDER BY ?label")
labels = [b.firstChild.data for b in wrapper.query().convert().getElementsByTagName("literal")]
assert sorted(labels) == ["Alice", "Bob", "Carol"], labels
print("ok SPARQLWrapper SELECT (XML):", len(labels), "labels")

# SPARQLWrapper's CONSTRUCT default: RDF/XML, read into an rdflib graph.
wrapper.setQuery("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 10")
graph = wrapper.query().convert()
assert isinstance(graph, rdflib.Graph) and len(graph) == 8, len(graph)
print("ok SPARQLWrapper CONSTRUCT (RDF/XML):", len(graph), "triples")

# rdflib's SPARQLUpdateStore with Basic auth: an update, then queries through the store (XML results, RDF/XML graphs).
store = SPARQLUpdateStore(base + "/sparql", base + "/update", auth=(user, password))
store.update('INSERT DATA { GRAPH <http://example.org/rdflib> { <http://example.org/r> <http://example.org/name> "rdflib wrote this"@en } }')
found = list(store.query('SELECT ?o WHERE { <http://example.org/r> <http://example.org/name> ?o }'))
assert [str(row[0]) for row in found] == ["rdflib wrote this"], found
print("ok rdflib SPARQLUpdateStore update + SELECT")
constructed = store.query("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <http://example.org/rdflib> { ?s ?p ?o } }")
assert len(constructed) == 1, list(constructed)
print("ok rdflib CONSTRUCT")

# rdflib reading a Graph Store graph over HTTP (it asks for RDF/XML among others).
fetched = rdflib.Graph().parse(base + "/store?graph=http%3A%2F%2Fexample.org%2Frdflib", format="xml")
assert (ex.r, ex.name, rdflib.Literal("rdflib wrote this", lang="en")) in fetched, list(fetched)
print("ok rdflib Graph Store GET (RDF/XML)")
