use super::MailAttachment;
use crate::storage::entities::outbox_messages;
use anyhow::Context;
use lettre::message::{header::ContentType, Attachment, Mailbox, MultiPart, SinglePart};
use lettre::{AsyncFileTransport, AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use std::path::{Path, PathBuf};

/// Where mail goes: an SMTP server, or (by default) `.eml` files in a folder, logged as they are written.
#[derive(Clone)]
pub enum MailTransport {
    Smtp {
        transport: AsyncSmtpTransport<Tokio1Executor>,
        from: Mailbox,
    },
    Files {
        transport: AsyncFileTransport<Tokio1Executor>,
        folder: PathBuf,
        from: Mailbox,
    },
}

impl MailTransport {
    pub fn smtp(url: &str, from: &str) -> anyhow::Result<Self> {
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
            .context("SMTP_URL is not a valid smtp:// or smtps:// URL")?
            .build();
        Ok(MailTransport::Smtp {
            transport,
            from: from.parse().context("MAIL_FROM is not a valid address")?,
        })
    }

    pub fn files(folder: PathBuf, from: &str) -> anyhow::Result<Self> {
        std::fs::create_dir_all(&folder)
            .with_context(|| format!("cannot create the mail folder {}", folder.display()))?;
        Ok(MailTransport::Files {
            transport: AsyncFileTransport::new(&folder),
            folder,
            from: from.parse().context("MAIL_FROM is not a valid address")?,
        })
    }

    pub async fn send(&self, message: &outbox_messages::Model, files: &Path) -> anyhow::Result<()> {
        let from = match self {
            MailTransport::Smtp { from, .. } | MailTransport::Files { from, .. } => from.clone(),
        };
        let attachments: Vec<MailAttachment> = serde_json::from_value(message.attachments.clone())
            .context("the attachments column does not read back")?;
        let mut parts = Vec::with_capacity(attachments.len());
        for attachment in attachments {
            let bytes = tokio::fs::read(files.join(&attachment.storage_key))
                .await
                .with_context(|| {
                    format!("cannot read the attachment {}", attachment.storage_key)
                })?;
            let content_type = ContentType::parse(&attachment.content_type)
                .with_context(|| format!("bad content type {}", attachment.content_type))?;
            parts.push(Attachment::new(attachment.file_name).body(bytes, content_type));
        }
        let email = build(message, from, parts)?;
        match self {
            MailTransport::Smtp { transport, .. } => {
                transport.send(email).await?;
            }
            MailTransport::Files {
                transport, folder, ..
            } => {
                let id = transport.send(email).await?;
                tracing::info!(file = %folder.join(format!("{id}.eml")).display(), "mail written");
            }
        }
        Ok(())
    }
}

fn addresses(value: &serde_json::Value) -> anyhow::Result<Vec<Mailbox>> {
    let list: Vec<String> = serde_json::from_value(value.clone())?;
    list.iter()
        .map(|address| {
            address
                .parse::<Mailbox>()
                .with_context(|| format!("bad address {address}"))
        })
        .collect()
}

fn build(
    message: &outbox_messages::Model,
    from: Mailbox,
    attachments: Vec<SinglePart>,
) -> anyhow::Result<Message> {
    let mut builder = Message::builder()
        .from(from)
        .subject(message.subject.clone());
    for to in addresses(&message.to_addresses)? {
        builder = builder.to(to);
    }
    for cc in addresses(&message.cc_addresses)? {
        builder = builder.cc(cc);
    }
    if attachments.is_empty() {
        return Ok(builder
            .header(ContentType::TEXT_PLAIN)
            .body(message.body.clone())?);
    }
    let mixed = attachments.into_iter().fold(
        MultiPart::mixed().singlepart(SinglePart::plain(message.body.clone())),
        MultiPart::singlepart,
    );
    Ok(builder.multipart(mixed)?)
}
