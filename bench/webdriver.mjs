// Plain WebDriver over HTTP to a local chromedriver, for the bench scripts (drive.mjs,
// first_report.mjs): no browser-automation package is needed.

/// A client of the chromedriver at `driver` (its base URL): `call(method, path, body)` returns
/// the answer's value, or throws with chromedriver's message.
export function client(driver) {
  return async function call(method, path, body) {
    const response = await fetch(driver + path, {
      method,
      headers: { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = await response.json();
    if (!response.ok) throw new Error(`${method} ${path}: ${JSON.stringify(json.value)}`);
    return json.value;
  };
}

/// A new session in headless Chromium (CHROMIUM, or /usr/bin/chromium); its id.
export async function headlessChromium(call) {
  const session = await call("POST", "/session", {
    capabilities: {
      alwaysMatch: {
        "goog:chromeOptions": {
          binary: process.env.CHROMIUM || "/usr/bin/chromium",
          args: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
        },
      },
    },
  });
  return session.sessionId;
}
