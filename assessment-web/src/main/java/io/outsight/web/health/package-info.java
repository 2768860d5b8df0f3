/** MicroProfile Health checks for the load balancer and the operators: live, and ready to serve. */
package io.outsight.web.health;
