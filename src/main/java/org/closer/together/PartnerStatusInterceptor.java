package org.closer.together;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.closer.fis.ResultKey;
import org.closer.fis.web.ResultView;

import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * Adds where comparing stands to a result page once the questionnaire has loaded it, so that the
 * questionnaire itself never depends on comparing.
 */
class PartnerStatusInterceptor implements HandlerInterceptor {

	private final Standings standings;

	PartnerStatusInterceptor(Standings standings) {
		this.standings = standings;
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView modelAndView) {
		if (modelAndView != null && modelAndView.getModel().get("result") instanceof ResultView
				&& modelAndView.getModel().get("key") instanceof String key) {
			ResultKey.parse(key)
				.ifPresent((resultKey) -> modelAndView.addObject("partnerStanding", this.standings.of(resultKey)));
		}
	}

}
