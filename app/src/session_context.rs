//! The signed-in account as the whole page sees it, refreshed whenever someone signs in or out.

use crate::api::auth::{me, Login, Logout};
use crate::error::AppError;
use crate::model::CurrentUser;
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct SessionContext {
    pub login: ServerAction<Login>,
    pub logout: ServerAction<Logout>,
    pub user: Resource<Result<Option<CurrentUser>, AppError>>,
}

pub fn provide_session() -> SessionContext {
    let login = ServerAction::<Login>::new();
    let logout = ServerAction::<Logout>::new();
    let user = Resource::new(
        move || (login.version().get(), logout.version().get()),
        |_| me(),
    );
    let context = SessionContext {
        login,
        logout,
        user,
    };
    provide_context(context);
    context
}

pub fn use_session() -> SessionContext {
    expect_context::<SessionContext>()
}
