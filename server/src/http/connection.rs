//! The answers hyper gives by itself, before a request reaches any layer: a request line it
//! cannot parse (400), a URI too long (414), too many or too large headers (431). hyper writes
//! them with an empty body and closes the connection, and no middleware sees them; so the
//! connection itself is wrapped ([`EnvelopeIo`]) and such an answer is rewritten into the JSON
//! envelope with a stable code as it is written.
//!
//! The signature is exact: a `4xx`/`5xx` status line with `content-length: 0` and `connection:
//! close`, which only hyper's own error path writes (every answer of the application carries
//! the envelope, a non-empty body). [`EnvelopeListener`] accepts connections wrapped this way.

use std::io;
use std::net::SocketAddr;
use std::pin::Pin;
use std::task::{Context, Poll, ready};

use axum::extract::connect_info::Connected;
use axum::serve::{IncomingStream, Listener};
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::{TcpListener, TcpStream};

use super::rejection::classify;
use crate::error::ErrorCode;

/// A TCP listener whose connections answer hyper's own errors in the envelope.
#[derive(Debug)]
pub struct EnvelopeListener(pub TcpListener);

impl Listener for EnvelopeListener {
    type Io = EnvelopeIo<TcpStream>;
    type Addr = SocketAddr;

    async fn accept(&mut self) -> (Self::Io, Self::Addr) {
        let (stream, addr) = Listener::accept(&mut self.0).await;
        (EnvelopeIo::new(stream), addr)
    }

    fn local_addr(&self) -> io::Result<Self::Addr> {
        self.0.local_addr()
    }
}

/// The peer address of a connection (handlers read it as `ConnectInfo<PeerAddr>`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PeerAddr(pub SocketAddr);

impl Connected<IncomingStream<'_, EnvelopeListener>> for PeerAddr {
    fn connect_info(stream: IncomingStream<'_, EnvelopeListener>) -> Self {
        Self(*stream.remote_addr())
    }
}

/// A connection whose hyper-made error answers are rewritten into the envelope.
#[derive(Debug)]
pub struct EnvelopeIo<S> {
    inner: S,
    /// Rewritten bytes still to be written.
    pending: Vec<u8>,
}

impl<S> EnvelopeIo<S> {
    /// Wraps a connection.
    pub fn new(inner: S) -> Self {
        Self {
            inner,
            pending: Vec::new(),
        }
    }
}

impl<S: AsyncRead + Unpin> AsyncRead for EnvelopeIo<S> {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_read(cx, buf)
    }
}

impl<S: AsyncWrite + Unpin> EnvelopeIo<S> {
    /// Writes what is pending; `Ready(Ok)` once nothing is.
    fn poll_pending(&mut self, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        while !self.pending.is_empty() {
            let written = ready!(Pin::new(&mut self.inner).poll_write(cx, &self.pending))?;
            if written == 0 {
                return Poll::Ready(Err(io::ErrorKind::WriteZero.into()));
            }
            self.pending.drain(..written);
        }
        Poll::Ready(Ok(()))
    }
}

impl<S: AsyncWrite + Unpin> AsyncWrite for EnvelopeIo<S> {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        ready!(self.poll_pending(cx))?;
        if let Some(rewritten) = rewrite(buf) {
            self.pending = rewritten;
            // Whatever the socket takes now, the rest goes on the next write, flush or shutdown.
            if let Poll::Ready(Err(error)) = self.poll_pending(cx) {
                return Poll::Ready(Err(error));
            }
            return Poll::Ready(Ok(buf.len()));
        }
        Pin::new(&mut self.inner).poll_write(cx, buf)
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        ready!(self.poll_pending(cx))?;
        Pin::new(&mut self.inner).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        ready!(self.poll_pending(cx))?;
        Pin::new(&mut self.inner).poll_shutdown(cx)
    }

    /// One buffer per write (hyper then flattens head and body), so a whole response head is
    /// seen at once.
    fn is_write_vectored(&self) -> bool {
        false
    }
}

/// The envelope answer for hyper's own error answer in `bytes`, if they are one.
fn rewrite(bytes: &[u8]) -> Option<Vec<u8>> {
    let end = bytes.windows(4).position(|w| w == b"\r\n\r\n")?;
    let head = std::str::from_utf8(&bytes[..end]).ok()?;
    let mut lines = head.split("\r\n");
    let status_line = lines.next()?;
    let status: u16 = status_line
        .strip_prefix("HTTP/1.1 ")?
        .get(..3)?
        .parse()
        .ok()?;
    let headers: Vec<&str> = lines.collect();
    let has = |wanted: &str| headers.iter().any(|h| h.eq_ignore_ascii_case(wanted));
    let is_hypers = (400..600).contains(&status)
        && has("content-length: 0")
        && has("connection: close")
        && bytes.len() == end + 4;
    if !is_hypers {
        return None;
    }
    let (code, message) = describe(status);
    let body = serde_json::to_vec(&crm_api_runtime::Envelope {
        error: &message,
        code: code.as_str(),
        issues: &[],
    })
    .ok()?;
    let date = headers.iter().find(|h| {
        h.get(..5)
            .is_some_and(|name| name.eq_ignore_ascii_case("date:"))
    });
    let mut answer = format!(
        "HTTP/1.1 {} {}\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\
         connection: close\r\ncache-control: no-store\r\nx-content-type-options: nosniff\r\n\
         referrer-policy: no-referrer\r\n",
        code.status().as_u16(),
        code.status().canonical_reason().unwrap_or("Error"),
        body.len()
    );
    if let Some(date) = date {
        answer.push_str(date);
        answer.push_str("\r\n");
    }
    answer.push_str("\r\n");
    let mut answer = answer.into_bytes();
    answer.extend(body);
    Some(answer)
}

/// The code and sentence of a status hyper answers by itself.
fn describe(status: u16) -> (ErrorCode, String) {
    match status {
        400 => (
            ErrorCode::MalformedRequest,
            "The request could not be read as HTTP".to_owned(),
        ),
        414 => (
            ErrorCode::UriTooLong,
            "The request URI is too long".to_owned(),
        ),
        431 => (
            ErrorCode::HeadersTooLarge,
            "The request has too many or too large header fields".to_owned(),
        ),
        other => {
            let status = axum::http::StatusCode::from_u16(other)
                .unwrap_or(axum::http::StatusCode::INTERNAL_SERVER_ERROR);
            let rewritten = classify(status, "", &axum::http::Method::GET, "");
            (rewritten.code, rewritten.message)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(bytes: &[u8]) -> String {
        String::from_utf8_lossy(bytes).into_owned()
    }

    #[test]
    fn hypers_empty_error_answers_become_the_envelope() {
        let hyper = b"HTTP/1.1 431 Request Header Fields Too Large\r\nconnection: close\r\n\
                      content-length: 0\r\ndate: Wed, 02 Dec 2026 00:49:35 GMT\r\n\r\n";
        let answer = text(&rewrite(hyper).expect("rewritten"));
        assert!(
            answer.starts_with("HTTP/1.1 431 Request Header Fields Too Large\r\n"),
            "{answer}"
        );
        assert!(
            answer.contains("content-type: application/json\r\n"),
            "{answer}"
        );
        assert!(
            answer.contains("date: Wed, 02 Dec 2026 00:49:35 GMT\r\n"),
            "{answer}"
        );
        assert!(
            answer.ends_with(r#""code":"HEADERS_TOO_LARGE"}"#),
            "{answer}"
        );
        let (head, body) = answer.split_once("\r\n\r\n").unwrap();
        assert!(
            head.contains(&format!("content-length: {}", body.len())),
            "{answer}"
        );
    }

    #[test]
    fn the_applications_answers_pass_untouched() {
        let ours = b"HTTP/1.1 404 Not Found\r\ncontent-type: application/json\r\n\
                     content-length: 43\r\n\r\n{\"error\":\"Contact not found\",\"code\":\"NOT_FOUND\"}";
        assert_eq!(rewrite(ours), None);
        let empty_ok = b"HTTP/1.1 204 No Content\r\ncontent-length: 0\r\nconnection: close\r\n\r\n";
        assert_eq!(rewrite(empty_ok), None);
        assert_eq!(rewrite(b"{\"rows\":[]}"), None);
    }
}
