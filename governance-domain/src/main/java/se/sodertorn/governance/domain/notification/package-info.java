/** E-mail notifications: what is sent to whom and why, and whether it reached the mail server. */
package se.sodertorn.governance.domain.notification;
