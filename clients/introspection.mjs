// graphql-js's introspection query with every option on, against the server at argv[2]; the
// schema it builds from the answer must equal schema/schema.graphql. Prints a JSON report.
import { readFileSync } from 'node:fs';
import { buildClientSchema, buildSchema, getIntrospectionQuery, lexicographicSortSchema, printSchema } from 'graphql';

const url = process.argv[2];
const query = getIntrospectionQuery({
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
  oneOf: true,
});
const response = await fetch(url, {
  method: 'POST',
  headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
  body: JSON.stringify({ query, operationName: 'IntrospectionQuery' }),
});
const body = await response.json();
if (response.status !== 200 || body.errors) {
  console.log(JSON.stringify({ ok: false, status: response.status, errors: body.errors }));
  process.exit(1);
}

// Both sides sorted, so that the comparison is of content, not of order.
const print = (schema) => printSchema(lexicographicSortSchema(schema));
const served = print(buildClientSchema(body.data));
const file = print(buildSchema(readFileSync(new URL('../schema/schema.graphql', import.meta.url), 'utf8')));
const servedLines = served.split('\n');
const fileLines = file.split('\n');
const firstDifference = servedLines.findIndex((line, i) => line !== fileLines[i]);
const report = {
  ok: served === file,
  types: Object.keys(buildClientSchema(body.data).getTypeMap()).length,
  specifiedByURLs: body.data.__schema.types.filter((t) => t.specifiedByURL).map((t) => `${t.name} ${t.specifiedByURL}`),
  firstDifference: served === file ? null : { line: firstDifference + 1, served: servedLines[firstDifference], file: fileLines[firstDifference] },
};
console.log(JSON.stringify(report));
process.exit(report.ok ? 0 : 1);
