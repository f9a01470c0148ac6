//! Files that go with an application: the mayor's signed scan and supporting documents, and, once the
//! Commission has endorsed it, the endorsement signed and stamped.

use crate::model::Deadline;
use serde::{Deserialize, Serialize};

/// The largest file accepted, in bytes.
pub const MAX_UPLOAD_BYTES: usize = 10 * 1024 * 1024;
/// How many files one application may carry.
pub const MAX_ATTACHMENTS: usize = 30;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum AttachmentKind {
    /// The printed application, signed and stamped by the mayor, scanned.
    SignedApplication,
    Supporting,
    /// The Commission's endorsement, signed and stamped, scanned; uploaded by the secretary.
    SignedEndorsement,
}

impl AttachmentKind {
    /// What a city uploads.
    pub const OF_CITY: [AttachmentKind; 2] = [
        AttachmentKind::SignedApplication,
        AttachmentKind::Supporting,
    ];

    /// The value the upload form posts.
    pub fn as_str(self) -> &'static str {
        match self {
            AttachmentKind::SignedApplication => "signed",
            AttachmentKind::Supporting => "supporting",
            AttachmentKind::SignedEndorsement => "signed-endorsement",
        }
    }

    /// One of the kinds a city uploads.
    pub fn parse(value: &str) -> Option<Self> {
        Self::OF_CITY
            .into_iter()
            .find(|kind| kind.as_str() == value)
    }

    pub fn label_key(self) -> &'static str {
        match self {
            AttachmentKind::SignedApplication => "attachments-kind-signed",
            AttachmentKind::Supporting => "attachments-kind-supporting",
            AttachmentKind::SignedEndorsement => "attachments-kind-signed-endorsement",
        }
    }
}

/// One stored file as the pages list it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AttachmentSummary {
    pub id: i32,
    pub kind: AttachmentKind,
    pub file_name: String,
    pub content_type: String,
    pub size_bytes: i64,
    pub sha256: String,
    pub uploaded_by: String,
    pub uploaded_at: Deadline,
}

/// Why an upload was refused; the upload answers with a redirect naming it, so that the page can say
/// it in the reader's language, with or without JavaScript.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UploadProblem {
    NoFile,
    NoKind,
    WrongType,
    TooLarge,
    TooMany,
    NotEditable,
}

impl UploadProblem {
    pub const ALL: [UploadProblem; 6] = [
        UploadProblem::NoFile,
        UploadProblem::NoKind,
        UploadProblem::WrongType,
        UploadProblem::TooLarge,
        UploadProblem::TooMany,
        UploadProblem::NotEditable,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            UploadProblem::NoFile => "no-file",
            UploadProblem::NoKind => "no-kind",
            UploadProblem::WrongType => "wrong-type",
            UploadProblem::TooLarge => "too-large",
            UploadProblem::TooMany => "too-many",
            UploadProblem::NotEditable => "locked",
        }
    }

    /// Only the problems this page knows: anything else in the address is ignored.
    pub fn parse(value: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|p| p.as_str() == value)
    }

    pub fn message_key(self) -> &'static str {
        match self {
            UploadProblem::NoFile => "error-upload-no-file",
            UploadProblem::NoKind => "error-upload-no-kind",
            UploadProblem::WrongType => "error-upload-type",
            UploadProblem::TooLarge => "error-upload-too-large",
            UploadProblem::TooMany => "error-upload-too-many",
            UploadProblem::NotEditable => "error-not-editable",
        }
    }
}

/// The media types accepted, decided from the file's first bytes; the name and the browser's claim
/// are not trusted.
pub fn accepted_type(media_type: &str) -> bool {
    matches!(media_type, "application/pdf" | "image/jpeg" | "image/png")
}

/// A file name fit to store and show: without any folder part or control characters, at most 200
/// characters, never empty.
pub fn clean_file_name(raw: &str) -> String {
    let base = raw.rsplit(['/', '\\']).next().unwrap_or_default();
    let cleaned: String = base.chars().filter(|c| !c.is_control()).take(200).collect();
    let cleaned = cleaned.trim();
    if cleaned.is_empty() || cleaned.chars().all(|c| c == '.') {
        "file".to_owned()
    } else {
        cleaned.to_owned()
    }
}

/// How a browser can show a file in the page, without saving it first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Preview {
    /// In a frame, by the browser's own PDF viewer.
    Document,
    Image,
}

impl AttachmentSummary {
    /// Every accepted type can be shown; anything else stored (never, today) only downloaded.
    pub fn preview(&self) -> Option<Preview> {
        match self.content_type.as_str() {
            "application/pdf" => Some(Preview::Document),
            "image/jpeg" | "image/png" => Some(Preview::Image),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pdfs_show_in_a_frame_and_pictures_as_images() {
        let file = |content_type: &str| AttachmentSummary {
            id: 1,
            kind: AttachmentKind::SignedApplication,
            file_name: "f".into(),
            content_type: content_type.into(),
            size_bytes: 1,
            sha256: "0".repeat(64),
            uploaded_by: "Anna".into(),
            uploaded_at: Deadline::at(chrono::DateTime::UNIX_EPOCH),
        };
        assert_eq!(file("application/pdf").preview(), Some(Preview::Document));
        assert_eq!(file("image/png").preview(), Some(Preview::Image));
        assert_eq!(file("image/jpeg").preview(), Some(Preview::Image));
        assert_eq!(file("text/html").preview(), None);
    }

    #[test]
    fn file_names_lose_folders_and_control_characters() {
        assert_eq!(
            clean_file_name("C:\\Users\\anna\\parakstīts.pdf"),
            "parakstīts.pdf"
        );
        assert_eq!(clean_file_name("../../etc/passwd"), "passwd");
        assert_eq!(clean_file_name("a\u{0}b\nc.png"), "abc.png");
        assert_eq!(clean_file_name(".."), "file");
        assert_eq!(clean_file_name(""), "file");
        assert_eq!(clean_file_name(&"x".repeat(500)).len(), 200);
    }

    #[test]
    fn kinds_and_problems_round_trip_through_their_form_values() {
        for kind in AttachmentKind::OF_CITY {
            assert_eq!(AttachmentKind::parse(kind.as_str()), Some(kind));
        }
        assert_eq!(
            AttachmentKind::parse(AttachmentKind::SignedEndorsement.as_str()),
            None,
            "a city cannot upload the Commission's signed endorsement"
        );
        for problem in UploadProblem::ALL {
            assert_eq!(UploadProblem::parse(problem.as_str()), Some(problem));
        }
        assert_eq!(UploadProblem::parse("<script>"), None);
        assert!(accepted_type("application/pdf"));
        assert!(!accepted_type("text/html"));
    }
}
