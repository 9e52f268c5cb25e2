// Apollo Client 4 against the server at argv[2]: cursor paging merged in its cache by
// relayStylePagination, automatic persisted queries (POST, then GET for hashed queries), and two
// queries batched into one POST by BatchHttpLink (the server runs with Batching:Enabled).
// Prints a JSON report; ClientTests checks it.
import { createHash } from 'node:crypto';
import { ApolloClient, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { BatchHttpLink } from '@apollo/client/link/batch-http';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { relayStylePagination } from '@apollo/client/utilities';
import { recordingFetch } from './recording-fetch.mjs';

const url = process.argv[2];
const sha256 = (text) => createHash('sha256').update(text).digest('hex');

async function paging() {
  const recorder = recordingFetch();
  const client = new ApolloClient({
    link: new HttpLink({ uri: url, fetch: recorder.fetch }),
    cache: new InMemoryCache({ typePolicies: { Query: { fields: { posts: relayStylePagination(['where', 'order']) } } } }),
  });
  const query = gql`
    query PostPages($first: Int!, $after: String) {
      posts(first: $first, after: $after, order: [{ key: ASC }]) {
        edges { cursor node { id key } }
        pageInfo { hasNextPage endCursor }
      }
    }
  `;
  const first = await client.query({ query, variables: { first: 2 } });
  // As fetchMore does: the next page from the network, merged into the list the cache holds.
  await client.query({ query, variables: { first: 2, after: first.data.posts.pageInfo.endCursor }, fetchPolicy: 'network-only' });
  // relayStylePagination keeps one list per where/order: both pages, in order.
  const merged = client.readQuery({ query, variables: { first: 2 } });
  return {
    requests: recorder.requests.length,
    keys: merged.posts.edges.map((e) => e.node.key),
    hasNextPage: merged.posts.pageInfo.hasNextPage,
  };
}

async function persisted(useGETForHashedQueries) {
  const recorder = recordingFetch();
  const client = new ApolloClient({
    link: new PersistedQueryLink({ sha256, useGETForHashedQueries }).concat(new HttpLink({ uri: url, fetch: recorder.fetch })),
    cache: new InMemoryCache(),
  });
  // A document this server has not seen in this run: the first hash-only request cannot be known.
  const query = gql`query Persisted${useGETForHashedQueries ? 'Get' : 'Post'}${Date.now()} { post(id: "UG9zdDppdHUtMjIwNw==") { key title } }`;
  const first = await client.query({ query, fetchPolicy: 'network-only' });
  const second = await client.query({ query, fetchPolicy: 'network-only' });
  return {
    title: first.data.post.title,
    sameData: JSON.stringify(first.data) === JSON.stringify(second.data),
    // What each request carried: H = hash only, D = the document with its hash.
    requests: recorder.requests.map((r) => {
      const carried = r.body ?? Object.fromEntries(new URL(r.url).searchParams);
      return `${r.method} ${carried.query ? 'D' : 'H'} ${r.status}`;
    }),
  };
}

async function batching() {
  const recorder = recordingFetch();
  const client = new ApolloClient({ link: new BatchHttpLink({ uri: url, fetch: recorder.fetch, batchInterval: 20 }), cache: new InMemoryCache() });
  const [count, first] = await Promise.all([
    client.query({ query: gql`query CountPosts { posts { totalCount } }` }),
    client.query({ query: gql`query FirstPost { posts(first: 1) { nodes { key } } }` }),
  ]);
  return {
    requests: recorder.requests.length,
    batched: Array.isArray(recorder.requests[0].body) ? recorder.requests[0].body.length : 0,
    totalCount: count.data.posts.totalCount,
    firstKey: first.data.posts.nodes[0].key,
  };
}

const report = { paging: await paging(), persistedPost: await persisted(false), persistedGet: await persisted(true), batching: await batching() };
console.log(JSON.stringify(report));
