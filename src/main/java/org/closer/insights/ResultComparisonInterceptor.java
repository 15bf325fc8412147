package org.closer.insights;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.closer.fis.web.ResultView;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * Sets a result beside others' answers: after the questionnaire has loaded a result, adds the
 * comparison and, for a history of two or more attempts, the reading of the latest change to the
 * page's model, so the questionnaire itself never depends on the statistics.
 */
@Component
class ResultComparisonInterceptor implements HandlerInterceptor {

	static final String COMPARISON = "comparison";

	static final String CHANGE_READING = "changeReading";

	private final PoolSnapshots snapshots;

	private final InsightsProperties properties;

	ResultComparisonInterceptor(PoolSnapshots snapshots, InsightsProperties properties) {
		this.snapshots = snapshots;
		this.properties = properties;
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView modelAndView) {
		if (modelAndView != null && modelAndView.getModel().get("result") instanceof ResultView result) {
			PoolFigures figures = this.snapshots.current();
			modelAndView.addObject(COMPARISON,
					Comparison.of(figures, result.total(), this.properties));
			if (result.history().hasChange()) {
				modelAndView.addObject(CHANGE_READING, ChangeReading.of(result.history().change(),
						figures.reliability(), this.properties.minPool()));
			}
		}
	}

}
