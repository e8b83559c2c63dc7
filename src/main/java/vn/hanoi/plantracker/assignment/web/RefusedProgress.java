package vn.hanoi.plantracker.assignment.web;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpSession;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

import vn.hanoi.plantracker.assignment.AssignmentStatus;

/**
 * The progress form as it was refused, kept in the session so that the refused page's
 * address ({@code /assignments/{id}/progress}) answers a GET too: reloading it or
 * switching language shows the same form, with the typed text and the messages, instead
 * of an error page. Files are not kept (a browser never sends them twice); the form says
 * so through its messages. Only the text is stored, so the session can serialize it.
 */
record RefusedProgress(long assignmentId, Long version, AssignmentStatus status, Integer percent, String note,
		String documentRef, String difficulties, String proposals, String intent,
		List<Message> messages) implements Serializable {

	private static final String KEY = RefusedProgress.class.getName();

	/** One message of the refused form: on a field, or on the form when field is null. */
	record Message(String field, String[] codes, Object[] args, String defaultMessage) implements Serializable {
	}

	static void keep(HttpSession session, long assignmentId, ProgressForm form, BindingResult binding) {
		List<Message> messages = binding.getAllErrors()
			.stream()
			.map((e) -> new Message((e instanceof FieldError f) ? f.getField() : null, e.getCodes(),
					serializable(e.getArguments()), e.getDefaultMessage()))
			.toList();
		session.setAttribute(KEY,
				new RefusedProgress(assignmentId, form.getVersion(), form.getStatus(), form.getPercent(),
						form.getNote(), form.getDocumentRef(), form.getDifficulties(), form.getProposals(),
						form.getIntent(), messages));
	}

	/**
	 * The refused form of this assignment, if it is the one last refused in the session.
	 */
	static RefusedProgress of(HttpSession session, long assignmentId) {
		return (session != null && session.getAttribute(KEY) instanceof RefusedProgress refused
				&& refused.assignmentId() == assignmentId) ? refused : null;
	}

	static void forget(HttpSession session) {
		if (session != null && session.getAttribute(KEY) != null) {
			session.removeAttribute(KEY);
		}
	}

	ProgressForm form() {
		ProgressForm form = new ProgressForm();
		form.setVersion(this.version);
		form.setStatus(this.status);
		form.setPercent(this.percent);
		form.setNote(this.note);
		form.setDocumentRef(this.documentRef);
		form.setDifficulties(this.difficulties);
		form.setProposals(this.proposals);
		form.setIntent(this.intent);
		return form;
	}

	/** The messages again, on the binding result of {@link #form()}. */
	void restore(BindingResult binding) {
		for (Message m : this.messages) {
			if (m.field() != null) {
				binding.addError(new FieldError(binding.getObjectName(), m.field(), null, false, m.codes(), m.args(),
						m.defaultMessage()));
			}
			else {
				binding.addError(new org.springframework.validation.ObjectError(binding.getObjectName(), m.codes(),
						m.args(), m.defaultMessage()));
			}
		}
	}

	/** Message arguments the session can store: resolvables and plain values as text. */
	private static Object[] serializable(Object[] args) {
		if (args == null) {
			return null;
		}
		return Arrays.stream(args)
			.map((a) -> (a instanceof MessageSourceResolvable r)
					? new DefaultMessageSourceResolvable(r.getCodes(), serializable(r.getArguments()),
							r.getDefaultMessage())
					: (a == null || a instanceof Number || a instanceof String) ? a : String.valueOf(a))
			.toArray();
	}

}
