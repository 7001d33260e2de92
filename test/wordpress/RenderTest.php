<?php
/**
 * The server-side rendering: the element with its fallback, escaped, notices for editors only.
 *
 * @package HF_Widgets
 */

use PHPUnit\Framework\TestCase;

/**
 * Tests of hf_widgets_render_element() and the fallback.
 */
class RenderTest extends TestCase {

	protected function tearDown(): void {
		wp_set_current_user( 0 );
	}

	public function test_banner_fallback_lists_the_default_lines_as_tel_links() {
		$html = hf_widgets_render_element( 'hotline-banner', array( 'lang' => 'en' ) );
		$this->assertStringStartsWith( '<hf-hotline-banner lang="en">', $html );
		$this->assertStringContainsString( '<li>ASTRA SOS hotline: <a href="tel:+381117850000">011 785 0000</a></li>', $html );
		$this->assertStringContainsString( '<a href="tel:116111">116 111</a>', $html );
		$this->assertStringContainsString( '<a href="tel:192">192</a>', $html );
		// The line marked showByDefault: false is left out unless asked for.
		$this->assertStringNotContainsString( '0800 100 388', $html );
		$this->assertStringNotContainsString( 'data-hf-exit', $html );
	}

	public function test_banner_fallback_follows_the_chosen_lines_and_has_a_plain_exit_link() {
		$html = hf_widgets_render_element(
			'hotline-banner',
			array(
				'hotlines'   => 'nadel,natco',
				'quick-exit' => 'yes',
				'exit-url'   => 'https://example.org/weather?a=1&b=2',
				'lang'       => 'en',
			)
		);
		$this->assertMatchesRegularExpression( '/116 111.*0800 100 388/s', $html );
		$this->assertStringNotContainsString( '011 785 0000', $html );
		$this->assertStringContainsString( ' quick-exit ', $html );
		$this->assertStringContainsString( '<p><a href="https://example.org/weather?a=1&#038;b=2" rel="noreferrer" data-hf-exit>Exit this page</a></p>', $html );
	}

	public function test_serbian_fallback_in_both_scripts() {
		$cyrillic = hf_widgets_render_element( 'hotline-banner', array( 'hotlines' => 'astra', 'quick-exit' => 'yes', 'lang' => 'sr-Cyrl' ) );
		$this->assertStringContainsString( 'АСТРА СОС телефон: ', $cyrillic );
		$this->assertStringContainsString( '>Брзи излаз</a>', $cyrillic );
		$latin = hf_widgets_render_element( 'hotline-banner', array( 'hotlines' => 'astra', 'quick-exit' => 'yes', 'lang' => 'sr-Latn' ) );
		$this->assertStringContainsString( 'ASTRA SOS telefon: ', $latin );
		$this->assertStringContainsString( '>Brzi izlaz</a>', $latin );
	}

	public function test_other_elements_fallbacks() {
		$this->assertStringContainsString( '<p><strong>Strengthening anti-trafficking action in Serbia</strong></p>', hf_widgets_render_element( 'action-card', array( 'lang' => 'en' ) ) );
		$this->assertStringContainsString( 'Budget of the action: 1,000,000 EUR', hf_widgets_render_element( 'budget-breakdown', array( 'lang' => 'en' ) ) );
		$this->assertStringContainsString( 'Буџет пројекта: 1.000.000 EUR', hf_widgets_render_element( 'budget-breakdown', array( 'lang' => 'sr-Cyrl' ) ) );
		$list = hf_widgets_render_element( 'beneficiary-list', array( 'group' => 'at-risk', 'lang' => 'en' ) );
		$this->assertStringContainsString( ' group="at-risk"', $list );
		$this->assertStringNotContainsString( 'Judicial Academy', $list );
	}

	public function test_data_is_escaped_in_the_fallback() {
		$document = array(
			'id'       => 'x',
			'title'    => '<b>Title</b>',
			'hotlines' => array(
				array(
					'id'      => 'evil',
					'name'    => '<script>alert(1)</script>',
					'number'  => '192',
					'display' => '192',
				),
			),
		);
		$html     = hf_widgets_nodes_html( hf_widgets_fallback( 'hotline-banner', $document, array(), 'en' ) );
		$this->assertStringNotContainsString( '<script>', $html );
		$this->assertStringContainsString( '&lt;script&gt;alert(1)&lt;/script&gt;', $html );
		$link = hf_widgets_nodes_html( array( array( 'a', array( 'href' => 'javascript:alert(1)' ), 'x' ) ) );
		$this->assertStringNotContainsString( 'javascript:', $link );
	}

	public function test_notices_reach_editors_only() {
		$readers = hf_widgets_render_element( 'hotline-banner', array( 'position' => 'sideways' ) );
		$this->assertStringNotContainsString( 'hf-widgets-notice', $readers );
		$this->assertStringNotContainsString( 'sideways', $readers );

		$author = get_user_by( 'login', 'hf-author' );
		wp_set_current_user( $author->ID );
		$editors = hf_widgets_render_element( 'hotline-banner', array( 'position' => 'sideways' ) );
		$this->assertStringContainsString( '<div class="hf-widgets-notice" role="note">', $editors );
		$this->assertStringContainsString( '&quot;sideways&quot; is not allowed for position', $editors );

		$attack = hf_widgets_render_element( 'hotline-banner', array( 'position' => '<img src=x onerror=alert(1)>' ) );
		$this->assertStringNotContainsString( '<img', $attack );
	}

	public function test_rendering_enqueues_the_elements_module() {
		hf_widgets_render_element( 'budget-breakdown', array() );
		$this->assertTrue( wp_script_is( 'hf-widgets-budget-breakdown', 'enqueued' ) );
		$tag = apply_filters( 'script_loader_tag', '<script src="x.js"></script>', 'hf-widgets-budget-breakdown', 'https://example.org/x.js' );
		$this->assertSame( '<script type="module" src="https://example.org/x.js" id="hf-widgets-budget-breakdown-js"></script>' . "\n", $tag );
		$this->assertSame( '<script src="y.js"></script>', apply_filters( 'script_loader_tag', '<script src="y.js"></script>', 'jquery', 'y.js' ) );
	}

	public function test_shortcode_attributes_use_underscores() {
		// WordPress's own shortcode parser, then the plugin's handler (the browsers check the
		// shortcodes in published posts).
		$html = hf_widgets_render_shortcode( 'hotline-banner', shortcode_parse_atts( 'hotlines="astra,nadel" quick_exit="yes" dismissible lang="sr-Latn"' ) );
		$this->assertMatchesRegularExpression( '/^<hf-hotline-banner hotlines="astra,nadel" quick-exit dismissible lang="sr-Latn" exit-url="[^"]+">/', $html );
	}

	public function test_transliteration_and_dialled_digits() {
		$this->assertSame( 'Ljubav, LJUBAV, Njegoš, Džep', hf_widgets_to_latin( 'Љубав, ЉУБАВ, Његош, Џеп' ) );
		$this->assertTrue( hf_widgets_display_dials( '011 785 0000', '+381117850000' ) );
		$this->assertTrue( hf_widgets_display_dials( '116 111', '116111' ) );
		$this->assertFalse( hf_widgets_display_dials( '011 785 0001', '+381117850000' ) );
		$this->assertFalse( hf_widgets_display_dials( 'call 192', '192' ) );
	}
}
