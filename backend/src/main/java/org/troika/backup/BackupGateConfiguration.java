package org.troika.backup;

import java.lang.reflect.Method;
import java.time.Duration;
import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.AopUtils;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.transaction.annotation.Transactional;

/** Puts the backup gate around every {@link GraphWrites} bean, outside its transactions. */
@Configuration(proxyBeanMethods = false)
class BackupGateConfiguration {

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static BackupGate backupGate(@Value("${troika.backup.wait:2m}") Duration wait) {
        return new BackupGate(wait);
    }

    /**
     * An infrastructure advisor, so the same auto-proxy that applies {@code @Transactional} applies it; ordered
     * before the transaction advisor (which has the lowest precedence), so the gate is held until the commit.
     */
    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor graphWritesAdvisor(BackupGate backupGate) {
        var pointcut = new ComposablePointcut(new AnnotationMatchingPointcut(GraphWrites.class, true))
                .union(AnnotationMatchingPointcut.forMethodAnnotation(GraphWrites.class));
        MethodInterceptor gate = invocation -> {
            Class<?> target = invocation.getThis() == null ? invocation.getMethod().getDeclaringClass()
                    : AopUtils.getTargetClass(invocation.getThis());
            if (readOnly(AopUtils.getMostSpecificMethod(invocation.getMethod(), target), target)) {
                return invocation.proceed();
            }
            return backupGate.write(invocation::proceed);
        };
        var advisor = new DefaultPointcutAdvisor(pointcut, gate);
        advisor.setOrder(Ordered.LOWEST_PRECEDENCE - 1);
        return advisor;
    }

    private static boolean readOnly(Method method, Class<?> target) {
        Transactional transactional = AnnotatedElementUtils.findMergedAnnotation(method, Transactional.class);
        if (transactional == null) {
            transactional = AnnotatedElementUtils.findMergedAnnotation(target, Transactional.class);
        }
        return transactional != null && transactional.readOnly();
    }
}
