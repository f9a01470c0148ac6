//! The signed-in account as the whole page sees it. It is read again on every navigation, which is
//! how signing in or out (both end in a redirect) shows at once in the header and the pages.

use crate::api::auth::me;
use crate::error::AppError;
use crate::model::CurrentUser;
use leptos::prelude::*;
use leptos_router::hooks::use_location;

#[derive(Clone, Copy)]
pub struct SessionContext {
    pub user: Resource<Result<Option<CurrentUser>, AppError>>,
}

pub fn provide_session() -> SessionContext {
    let location = use_location();
    let user = Resource::new(move || location.pathname.get(), |_| me());
    let context = SessionContext { user };
    provide_context(context);
    context
}

pub fn use_session() -> SessionContext {
    expect_context::<SessionContext>()
}
