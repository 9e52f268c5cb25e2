// The GraphQL-over-HTTP audit of graphql-http (the specification's own test suite) against the
// server at argv[2]. Prints every audit's id, status and name; fails on any that is not ok.
import { auditServer } from 'graphql-http';

const results = await auditServer({ url: process.argv[2] });
const report = results.map((r) => ({ id: r.id, name: r.name, status: r.status, reason: r.reason }));
const notOk = report.filter((r) => r.status !== 'ok');
console.log(JSON.stringify({ total: report.length, ok: report.length - notOk.length, notOk }));
process.exit(notOk.length === 0 ? 0 : 1);
