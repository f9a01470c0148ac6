//! The real client's address behind a reverse proxy. The proxy's `X-Forwarded-For` is believed only when
//! the connection comes from one of `PIETEIKUMS_TRUSTED_PROXIES`; the address found replaces the
//! connection's own in the request, so rate limits and logs (which read `ConnectInfo`) count people,
//! not the proxy.

use axum::extract::{ConnectInfo, Request, State};
use axum::http::HeaderMap;
use axum::middleware::Next;
use axum::response::Response;
use ipnet::IpNet;
use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;

/// The ranges whose forwarding headers are believed.
#[derive(Clone, Default)]
pub struct TrustedProxies(Arc<[IpNet]>);

impl TrustedProxies {
    pub fn new(ranges: Vec<IpNet>) -> Self {
        TrustedProxies(ranges.into())
    }

    fn trusts(&self, address: IpAddr) -> bool {
        let address = address.to_canonical();
        self.0.iter().any(|range| range.contains(&address))
    }

    /// Walks the forwarded chain from the nearest hop outwards: the first address that is not a trusted
    /// proxy is the client, since every hop before it could have written anything. A chain of trusted
    /// proxies only gives its farthest member.
    pub fn client(&self, peer: IpAddr, headers: &HeaderMap) -> IpAddr {
        if !self.trusts(peer) {
            return peer;
        }
        let mut client = peer;
        let chain = headers
            .get_all("x-forwarded-for")
            .iter()
            .filter_map(|value| value.to_str().ok())
            .flat_map(|value| value.split(','))
            .map(str::trim)
            .collect::<Vec<_>>();
        for hop in chain.into_iter().rev() {
            let Some(address) = parse_hop(hop) else {
                break;
            };
            client = address;
            if !self.trusts(address) {
                break;
            }
        }
        client
    }
}

/// An address as proxies write it: bare, or with a port (`[::1]:80`, `10.0.0.1:80`).
fn parse_hop(hop: &str) -> Option<IpAddr> {
    hop.parse::<IpAddr>()
        .ok()
        .or_else(|| hop.parse::<SocketAddr>().ok().map(|socket| socket.ip()))
}

/// Puts the client's address in place of the connection's, keeping the port.
pub async fn resolve_client(
    State(trusted): State<TrustedProxies>,
    mut request: Request,
    next: Next,
) -> Response {
    if let Some(ConnectInfo(peer)) = request
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .copied()
    {
        let client = trusted.client(peer.ip(), request.headers());
        if client != peer.ip() {
            request
                .extensions_mut()
                .insert(ConnectInfo(SocketAddr::new(client, peer.port())));
        }
    }
    next.run(request).await
}

/// The client's address for a log line, as `resolve_client` left it.
pub fn address_of<B>(request: &axum::http::Request<B>) -> Option<IpAddr> {
    request
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map(|info| info.0.ip())
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn trusted(ranges: &[&str]) -> TrustedProxies {
        TrustedProxies::new(ranges.iter().map(|r| r.parse().unwrap()).collect())
    }

    fn forwarded(values: &[&str]) -> HeaderMap {
        let mut headers = HeaderMap::new();
        for value in values {
            headers.append("x-forwarded-for", HeaderValue::from_str(value).unwrap());
        }
        headers
    }

    fn ip(text: &str) -> IpAddr {
        text.parse().unwrap()
    }

    #[test]
    fn nobody_is_believed_unless_trusted() {
        let headers = forwarded(&["203.0.113.9"]);
        assert_eq!(
            TrustedProxies::default().client(ip("127.0.0.1"), &headers),
            ip("127.0.0.1")
        );
        assert_eq!(
            trusted(&["10.0.0.0/8"]).client(ip("192.0.2.4"), &headers),
            ip("192.0.2.4"),
            "a forged header from outside the trusted ranges is ignored"
        );
    }

    #[test]
    fn a_trusted_proxy_names_the_client_and_what_the_client_wrote_is_ignored() {
        let proxies = trusted(&["127.0.0.1/32", "10.0.0.0/8"]);
        assert_eq!(
            proxies.client(ip("127.0.0.1"), &forwarded(&["203.0.113.9"])),
            ip("203.0.113.9")
        );
        // The client claimed 198.51.100.1; the proxy appended the address it saw.
        assert_eq!(
            proxies.client(
                ip("127.0.0.1"),
                &forwarded(&["198.51.100.1, 203.0.113.9, 10.1.2.3"])
            ),
            ip("203.0.113.9")
        );
        assert_eq!(
            proxies.client(
                ip("127.0.0.1"),
                &forwarded(&["198.51.100.1", "203.0.113.9:4431"])
            ),
            ip("203.0.113.9"),
            "several header lines are one list, and a port is dropped"
        );
    }

    #[test]
    fn a_broken_chain_stops_at_the_last_address_that_can_be_read() {
        let proxies = trusted(&["127.0.0.1/32", "10.0.0.0/8"]);
        assert_eq!(
            proxies.client(ip("127.0.0.1"), &forwarded(&["nonsense, 10.0.0.5"])),
            ip("10.0.0.5")
        );
        assert_eq!(
            proxies.client(ip("127.0.0.1"), &forwarded(&[])),
            ip("127.0.0.1")
        );
        assert_eq!(
            proxies.client(ip("::ffff:127.0.0.1"), &forwarded(&["2001:db8::7"])),
            ip("2001:db8::7"),
            "an IPv4 proxy seen through an IPv6 socket is still trusted"
        );
    }
}
