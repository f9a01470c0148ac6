//! A live feed read as a browser's `EventSource` reads it: events end at a blank line, comments (the
//! keep-alives) are skipped, and what arrived after an event waits in the buffer for the next call.

use anyhow::bail;
use serde_json::Value;
use std::time::Duration;

pub struct Feed {
    response: reqwest::Response,
    buffer: String,
}

impl Feed {
    /// Opens the feed at `url` as `client`; the server subscribed this page before it answered.
    pub async fn open(client: &reqwest::Client, url: &str) -> anyhow::Result<Feed> {
        let response = client.get(url).send().await?;
        if !response.status().is_success() {
            bail!("the live feed answered {}", response.status());
        }
        // A browser drops a stream of any other type.
        let kind = response.headers().get(reqwest::header::CONTENT_TYPE);
        if kind.is_none_or(|kind| kind != "text/event-stream") {
            bail!("the live feed is of type {kind:?}");
        }
        Ok(Feed {
            response,
            buffer: String::new(),
        })
    }

    /// The next event's data, or `None` when nothing arrives within `wait` or the feed ends.
    pub async fn next(&mut self, wait: Duration) -> Option<Value> {
        tokio::time::timeout(wait, async {
            loop {
                if let Some((event, rest)) = self.buffer.split_once("\n\n") {
                    let data = event
                        .lines()
                        .find_map(|line| line.strip_prefix("data:"))
                        .map(|data| {
                            serde_json::from_str(data.trim_start()).expect("every event is JSON")
                        });
                    self.buffer = rest.to_owned();
                    if data.is_some() {
                        return data;
                    }
                    continue;
                }
                let chunk = self.response.chunk().await.ok()??;
                self.buffer.push_str(&String::from_utf8_lossy(&chunk));
            }
        })
        .await
        .ok()
        .flatten()
    }

    /// Whether the server ends the feed within `wait`, whatever it sends before.
    pub async fn ends_within(&mut self, wait: Duration) -> bool {
        tokio::time::timeout(wait, async {
            while let Ok(Some(_)) = self.response.chunk().await {}
        })
        .await
        .is_ok()
    }
}
