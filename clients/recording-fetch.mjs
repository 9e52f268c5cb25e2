// A fetch that remembers each request it sends (method, URL, body) and the status it got back.
export function recordingFetch() {
  const requests = [];
  const send = async (input, init = {}) => {
    const response = await fetch(input, init);
    requests.push({ method: init.method ?? 'GET', url: String(input), body: init.body ? JSON.parse(init.body) : null, status: response.status });
    return response;
  };
  return { fetch: send, requests };
}
