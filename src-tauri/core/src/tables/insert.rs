//! One prepared INSERT driven through SQLite's C API, for the load's hot loop.
//!
//! rusqlite binds every text value as `SQLITE_TRANSIENT` (SQLite copies it into its own allocation);
//! here text is bound as `SQLITE_STATIC` straight from the batch that owns it, which the caller keeps
//! alive and unchanged from binding until the step is done. Everything else (opening, transactions,
//! schema) goes through rusqlite. This module does not convert values; it only binds and steps.

use crate::error::{DeskError, Result};
use rusqlite::{ffi, Connection};
use std::ffi::{c_char, c_int, CStr};
use std::marker::PhantomData;
use std::ptr;

/// A value to bind: text is a slice of text the caller owns for the duration of `run`.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Value<'a> {
    Null,
    Int(i64),
    Real(f64),
    Text(&'a str),
}

pub(crate) struct RawInsert<'c> {
    db: *mut ffi::sqlite3,
    stmt: *mut ffi::sqlite3_stmt,
    params: usize,
    _conn: PhantomData<&'c Connection>,
}

fn failure(db: *mut ffi::sqlite3, rc: c_int) -> DeskError {
    // SAFETY: `db` is the live connection handle; sqlite3_errmsg returns a NUL-terminated string owned
    // by SQLite that stays valid until the next call on this connection, and we copy it at once.
    let msg = unsafe {
        let p = ffi::sqlite3_errmsg(db);
        if p.is_null() {
            None
        } else {
            Some(CStr::from_ptr(p).to_string_lossy().into_owned())
        }
    };
    DeskError::AnalysisDb(rusqlite::Error::SqliteFailure(ffi::Error::new(rc), msg))
}

impl<'c> RawInsert<'c> {
    pub(crate) fn prepare(conn: &'c Connection, sql: &str, params: usize) -> Result<Self> {
        let len = c_int::try_from(sql.len())
            .map_err(|_| DeskError::AnalysisDb(rusqlite::Error::InvalidParameterCount(params, 0)))?;
        // SAFETY: the handle belongs to `conn`, which outlives this statement (the `'c` borrow); the SQL
        // pointer and length describe a valid UTF-8 buffer; `stmt` receives the new statement or NULL.
        unsafe {
            let db = conn.handle();
            let mut stmt = ptr::null_mut();
            let rc = ffi::sqlite3_prepare_v2(db, sql.as_ptr().cast::<c_char>(), len, &mut stmt, ptr::null_mut());
            if rc != ffi::SQLITE_OK || stmt.is_null() {
                return Err(failure(db, rc));
            }
            if ffi::sqlite3_bind_parameter_count(stmt) as usize != params {
                ffi::sqlite3_finalize(stmt);
                return Err(DeskError::AnalysisDb(rusqlite::Error::InvalidParameterCount(params, 0)));
            }
            Ok(RawInsert { db, stmt, params, _conn: PhantomData })
        }
    }

    /// Bind `values` (exactly the statement's parameters, in order) and run the statement once.
    pub(crate) fn run<'a>(&mut self, values: impl Iterator<Item = Value<'a>>) -> Result<()> {
        let mut n = 0;
        for (i, v) in values.enumerate() {
            let idx = (i + 1) as c_int;
            if i >= self.params {
                break;
            }
            n += 1;
            // SAFETY: `stmt` is a live prepared statement and `idx` is within its parameters. Text is
            // bound SQLITE_STATIC: the caller's buffer outlives this call, and the statement is stepped
            // and reset below before returning, so SQLite never reads the pointer afterwards (every
            // parameter is bound again before the next step).
            let rc = unsafe {
                match v {
                    Value::Null => ffi::sqlite3_bind_null(self.stmt, idx),
                    Value::Int(x) => ffi::sqlite3_bind_int64(self.stmt, idx, x),
                    Value::Real(x) => ffi::sqlite3_bind_double(self.stmt, idx, x),
                    Value::Text(t) => match c_int::try_from(t.len()) {
                        Ok(len) => ffi::sqlite3_bind_text(
                            self.stmt,
                            idx,
                            t.as_ptr().cast::<c_char>(),
                            len,
                            ffi::SQLITE_STATIC(),
                        ),
                        Err(_) => ffi::SQLITE_TOOBIG,
                    },
                }
            };
            if rc != ffi::SQLITE_OK {
                return Err(failure(self.db, rc));
            }
        }
        if n != self.params {
            return Err(DeskError::AnalysisDb(rusqlite::Error::InvalidParameterCount(n, self.params)));
        }
        // SAFETY: a live statement with every parameter bound; reset makes it reusable.
        unsafe {
            let rc = ffi::sqlite3_step(self.stmt);
            let reset = ffi::sqlite3_reset(self.stmt);
            if rc != ffi::SQLITE_DONE {
                return Err(failure(self.db, rc));
            }
            if reset != ffi::SQLITE_OK {
                return Err(failure(self.db, reset));
            }
        }
        Ok(())
    }
}

impl Drop for RawInsert<'_> {
    fn drop(&mut self) {
        // SAFETY: the statement is live and finalized exactly once, here.
        unsafe {
            ffi::sqlite3_clear_bindings(self.stmt);
            ffi::sqlite3_finalize(self.stmt);
        }
    }
}
