// urql against the server at argv[2], sending its queries with GET: the first posts in key order,
// with a variable. Prints a JSON report.
import { Client, fetchExchange, gql } from '@urql/core';
import { recordingFetch } from './recording-fetch.mjs';

const recorder = recordingFetch();
const client = new Client({ url: process.argv[2], exchanges: [fetchExchange], preferGetMethod: 'force', fetch: recorder.fetch });
const query = gql`
  query FirstPosts($first: Int!) {
    posts(first: $first, order: [{ key: ASC }]) { totalCount nodes { key organisation { acronym } } }
  }
`;
const result = await client.query(query, { first: 2 }).toPromise();
const report = {
  error: result.error?.message ?? null,
  methods: recorder.requests.map((r) => r.method),
  totalCount: result.data?.posts.totalCount,
  posts: result.data?.posts.nodes.map((n) => `${n.key} ${n.organisation.acronym}`),
};
console.log(JSON.stringify(report));
process.exit(result.error ? 1 : 0);
