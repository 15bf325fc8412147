package org.closer.together;

import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** The friendly pages for an invitation that leads nowhere, one that ran out, and a step that cannot be taken now. */
@ControllerAdvice(assignableTypes = { InvitationController.class, PartnerController.class, CompareController.class })
class TogetherErrors {

	@ExceptionHandler(InvitationNotFoundException.class)
	ModelAndView notFound() {
		return new ModelAndView("together/missing", HttpStatus.NOT_FOUND);
	}

	@ExceptionHandler(InvitationExpiredException.class)
	ModelAndView expired() {
		return new ModelAndView("together/expired", HttpStatus.GONE);
	}

	/** A step refused, or beaten by another step on the same pairing at the same moment. */
	@ExceptionHandler({ PairingRefusedException.class, ObjectOptimisticLockingFailureException.class })
	ModelAndView refused() {
		return new ModelAndView("together/refused", HttpStatus.CONFLICT);
	}

}
