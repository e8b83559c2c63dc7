package vn.hanoi.plantracker.system;

import java.util.Set;

import org.springframework.stereotype.Component;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.dialect.AbstractProcessorDialect;
import org.thymeleaf.engine.AttributeName;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.IProcessor;
import org.thymeleaf.processor.element.AbstractAttributeTagProcessor;
import org.thymeleaf.processor.element.IElementTagStructureHandler;
import org.thymeleaf.standard.expression.StandardExpressions;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * {@code <section pt:cached="dashboard/overdue">}: the element's body is the
 * {@code content} fragment of that template, from the {@link SectionCache}. (Spring Boot
 * adds every dialect bean to the template engine.)
 */
@Component
class SectionCacheDialect extends AbstractProcessorDialect {

	private final SectionCache sections;

	SectionCacheDialect(SectionCache sections) {
		super("Plan Tracker sections", "pt", 1000);
		this.sections = sections;
	}

	@Override
	public Set<IProcessor> getProcessors(String dialectPrefix) {
		return Set.of(new CachedSection(dialectPrefix, "cached", false, this.sections),
				new CachedSection(dialectPrefix, "cached-for-viewer", true, this.sections));
	}

	/**
	 * {@code pt:cached="template"} (shared by every viewer of the same scope) or
	 * {@code pt:cached-for-viewer="template"} (one viewer's own), with an optional
	 * {@code pt:vary="${…}"}: what else the section shows, evaluated on every view; and
	 * an optional {@code pt:scope="${…}"}: the {@link DataVersion.Scope} its data is read
	 * from (an agency's report: its agency's), the city's when not given.
	 */
	private static final class CachedSection extends AbstractAttributeTagProcessor {

		private final boolean personal;

		private final SectionCache sections;

		CachedSection(String prefix, String attribute, boolean personal, SectionCache sections) {
			super(TemplateMode.HTML, prefix, null, false, attribute, true, 1000, true);
			this.personal = personal;
			this.sections = sections;
		}

		@Override
		protected void doProcess(ITemplateContext context, IProcessableElementTag tag, AttributeName attributeName,
				String template, IElementTagStructureHandler structure) {
			Object vary = null;
			String varyExpression = tag.getAttributeValue(getDialectPrefix(), "vary");
			if (varyExpression != null) {
				vary = StandardExpressions.getExpressionParser(context.getConfiguration())
					.parseExpression(context, varyExpression)
					.execute(context);
				structure.removeAttribute(getDialectPrefix(), "vary");
			}
			Object scope = null;
			String scopeExpression = tag.getAttributeValue(getDialectPrefix(), "scope");
			if (scopeExpression != null) {
				scope = StandardExpressions.getExpressionParser(context.getConfiguration())
					.parseExpression(context, scopeExpression)
					.execute(context);
				structure.removeAttribute(getDialectPrefix(), "scope");
			}
			// the rendered HTML goes in as it is: it was escaped when it was rendered
			structure.setBody(this.sections.render(template, context, this.personal, vary, scope), false);
		}

	}

}
