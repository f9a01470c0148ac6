//! Changes pushed to open pages as they happen (server-sent events). The same types are written by
//! the server and read by the browser.

use super::ApplicationStatus;
use serde::{Deserialize, Serialize};

/// One change, as a page needs it to redraw without a reload.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type")]
pub enum LiveEvent {
    /// An application's status or answers moved on.
    ApplicationChanged {
        id: i32,
        city_id: i32,
        status: ApplicationStatus,
    },
    /// Events were missed (a slow connection fell behind): what the page shows must be read again.
    Resync,
}

impl LiveEvent {
    /// The city whose people may see the event; `None` for events meant for every listener.
    pub fn city_id(&self) -> Option<i32> {
        match self {
            LiveEvent::ApplicationChanged { city_id, .. } => Some(*city_id),
            LiveEvent::Resync => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn events_travel_as_tagged_json() {
        let event = LiveEvent::ApplicationChanged {
            id: 4,
            city_id: 2,
            status: ApplicationStatus::Submitted,
        };
        let json = serde_json::to_string(&event).unwrap();
        assert_eq!(
            json,
            r#"{"type":"ApplicationChanged","id":4,"city_id":2,"status":"Submitted"}"#
        );
        assert_eq!(serde_json::from_str::<LiveEvent>(&json).unwrap(), event);
        assert_eq!(event.city_id(), Some(2));
        assert_eq!(LiveEvent::Resync.city_id(), None);
    }
}
